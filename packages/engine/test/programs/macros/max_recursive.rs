// A recursive macro: the maximum of any number of values.
macro_rules! maxm {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{
        let a = $x;
        let b = maxm!($($rest),+);
        if a > b { a } else { b }
    }};
}

fn main() {
    println!("{}", maxm!(7));
    println!("{}", maxm!(3, 9, 4, 1));
    let m = maxm!(10 - 8, 2 * 3, 5);
    println!("{}", m);
}
