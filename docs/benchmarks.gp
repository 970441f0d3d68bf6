# gnuplot benchmarks.gp  (Debian package gnuplot-nox): draws benchmarks.png from benchmarks.dat
set terminal pngcairo size 1100,470 font "sans,10"
set output "benchmarks.png"
set multiplot layout 1,2
set logscale xy
set grid
set key top left
set xlabel "enrolled workers (about as many statement lines)"
set ylabel "seconds"
set title "Time, by size (2 cores)"
set xrange [7000:1400000]
plot "benchmarks.dat" using 1:3 with linespoints lw 2 pt 7 title "import + reconcile", \
     "" using 1:6 with linespoints lw 2 pt 5 title "delinquency scan, heaviest day", \
     60 with lines dt 2 lc rgb "gray" title "60 s"
unset logscale y
set logscale x
set ylabel "per second"
set yrange [0:11000]
set title "Rates, by size"
set key below
plot "benchmarks.dat" using 1:4 with linespoints lw 2 pt 7 title "import + reconcile, lines/s", \
     "" using 1:5 with linespoints lw 2 pt 5 title "Marten quick append alone, events/s", \
     "" using 1:9 with linespoints lw 2 pt 9 title "the database alone, fewest rows, credits/s", \
     10000 with lines dt 2 lc rgb "gray" title "target 10,000 lines/s"
unset multiplot
