// Functions written by a macro: one `fn` per call.
macro_rules! constant_fn {
    ($name:ident, $val:expr) => {
        fn $name() -> i32 {
            $val
        }
    };
}

constant_fn!(one, 1);
constant_fn!(answer, 6 * 7);

fn main() {
    println!("{} {}", one(), answer());
    let total = one() + answer();
    println!("total {}", total);
}
