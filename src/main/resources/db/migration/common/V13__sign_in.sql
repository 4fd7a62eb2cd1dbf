-- Failed sign-ins per account and per client address (each as a hash), so every node throttles alike: the number
-- of failures, the last one, and the moment before which the next attempt is refused (epoch milliseconds).
create table sign_in_throttle (
    throttle_key   varchar(64) primary key,
    failures       integer     not null,
    last_failure   bigint      not null,
    not_before     bigint      not null
);

-- Users who must choose a new password before anything else (e.g. the first administrator, whose password was
-- set through the environment).
create table password_change_required (
    user_id     varchar(64) primary key
);
