// An `expr` fragment keeps its grouping: square!(1 + 2) is 9, not 1 + 2 * 1 + 2.
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

fn main() {
    let a = square!(1 + 2);
    let b = square!(a - 5);
    println!("{} {}", a, b);
    println!("{}", square!(2) + square!(3));
}
