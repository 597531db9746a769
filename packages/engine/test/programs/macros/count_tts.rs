// Counting tokens by recursion on `tt`.
macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

fn main() {
    println!("{}", count!());
    println!("{}", count!(a));
    println!("{}", count!(a b c d e));
    const N: usize = 3;
    let arr = [0u8; N];
    println!("{}", arr.len() == count!(x y z));
}
