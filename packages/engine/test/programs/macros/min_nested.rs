// Rust by Example's find_min!, and a macro calling another one.
macro_rules! find_min {
    ($x:expr) => ($x);
    ($x:expr, $($y:expr),+) => (
        std::cmp::min($x, find_min!($($y),+))
    )
}

macro_rules! report {
    ($($x:expr),+) => {
        println!("min of {} values: {}", count_args!($($x),+), find_min!($($x),+))
    };
}

macro_rules! count_args {
    ($x:expr) => { 1 };
    ($x:expr, $($rest:expr),+) => { 1 + count_args!($($rest),+) };
}

fn main() {
    println!("{}", find_min!(1));
    println!("{}", find_min!(1 + 2, 2));
    println!("{}", find_min!(5, 2 * 3, 4));
    report!(8, 3, 9, 4);
}
