-- An import run names the server whose batch runtime runs its job (the one that launched it), as a payment
-- roll does (V31): a run left QUEUED or RUNNING by a server that has stopped since (killed, restarted, cut
-- off from the cluster) is not running any more, and the servers alive mark it failed so that its uploader
-- can continue it. Null for runs stored before this column: their server has restarted since.
ALTER TABLE import_run ADD running_on VARCHAR(100);
