// Rules told apart by literal tokens (`and`, `or`), tried in order.
macro_rules! test {
    ($left:expr; and $right:expr) => {
        println!("{} and {} is {}", $left, $right, $left && $right)
    };
    ($left:expr; or $right:expr) => {
        println!("{} or {} is {}", $left, $right, $left || $right)
    };
}

fn main() {
    test!(1i32 + 1 == 2i32; and 2i32 * 2 == 4i32);
    test!(true; or false);
    let x = 3;
    test!(x > 2; and x < 5);
}
