-- Why a roll's last run failed, as staff read it on the roll (Chinese and English): a rule the data broke,
-- a system error's incident number (details in the server log), or "服务器中断" for a run a stopped
-- server left behind. NULL unless the roll is FAILED. At most 400 characters (1,200 bytes in UTF-8).
ALTER TABLE payment_roll ADD failure_reason VARCHAR(1200);
ALTER TABLE payment_roll ADD failure_reason_en VARCHAR(1200);
