Oops
\bBUG[: ]
kernel BUG at
WARNING:
general protection
KASAN
UBSAN
possible recursive locking
possible circular locking
inconsistent lock state
DEBUG_LOCKS_WARN_ON
suspicious RCU usage
INFO: task .* blocked for more than
Kernel panic
kmemleak: [0-9]+ new suspected
Call Trace:
