// Into only works when a matching From implementation exists.
#[derive(Debug)]
struct Number {
    value: i32,
}

impl From<i32> for Number {
    fn from(item: i32) -> Self {
        Number { value: item }
    }
}

fn main() {
    let small: i32 = 5;
    let a: Number = small.into();
    let big: i64 = 5_000;
    let b: Number = big.into();
    println!("{:?} {:?}", a, b);
}
