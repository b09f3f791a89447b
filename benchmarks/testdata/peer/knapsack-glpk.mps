* Problem:    knap
* Class:      MIP
* Rows:       1
* Columns:    3 (3 integer, 3 binary)
* Non-zeros:  3
* Format:     Free MPS
*
NAME knap
ROWS
 N R0000000
 L cap
COLUMNS
 M0000001 'MARKER' 'INTORG'
 x R0000000 5 cap 2
 y R0000000 4 cap 3
 z R0000000 3 cap 1
 M0000002 'MARKER' 'INTEND'
RHS
 RHS1 R0000000 10 cap 5
BOUNDS
 UP BND1 x 1
 UP BND1 y 1
 UP BND1 z 1
ENDATA
