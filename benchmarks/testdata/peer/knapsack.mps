* Hand-written free MPS: 0-1 knapsack with 3 items.
* max 5x + 4y + 3z  s.t.  2x + 3y + z <= 5,  x, y, z binary.  Optimum 9 (x = y = 1).
NAME knapsack
OBJSENSE
    MAX
ROWS
 N value
 L weight
COLUMNS
 MARKER1 'MARKER' 'INTORG'
 x value 5 weight 2
 y value 4 weight 3
 z value 3 weight 1
 MARKER2 'MARKER' 'INTEND'
RHS
 RHS weight 5
BOUNDS
 BV BND x
 BV BND y
 BV BND z
ENDATA
