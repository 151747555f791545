-- The voucherSeries setting has one meaning in every connector: "all", or the series listed, an
-- empty list importing none. Visma connections stored [] when it meant "every series"; they keep
-- importing every series.
UPDATE "Connection"
SET "settings" = jsonb_set("settings", '{voucherSeries}', '"all"')
WHERE "connectorId" = 'visma' AND "settings" -> 'voucherSeries' = '[]'::jsonb;
