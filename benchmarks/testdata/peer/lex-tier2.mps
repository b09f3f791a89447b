* Tier 2: max 3y + z keeping tier 1 at its optimum (x + y + z >= 2).  Optimum 1 (without the tier-1 row it would be 3).
NAME lex-tier2
ROWS
 N tier2
 L a
 L b
 G keep_tier1
COLUMNS
 M1 'MARKER' 'INTORG'
 x a 1 keep_tier1 1
 y tier2 3 a 1
 y b 1 keep_tier1 1
 z tier2 1 b 1
 z keep_tier1 1
 M2 'MARKER' 'INTEND'
RHS
 RHS a 1 b 1
 RHS keep_tier1 2
BOUNDS
 UP BND x 1
 UP BND y 1
 UP BND z 1
ENDATA
