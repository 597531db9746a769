// A pair holding two values of the same type.
#[derive(Debug)]
struct Pair<T> {
    first: T,
    second: T,
}

fn main() {
    let p: Pair<&str, i32> = Pair { first: "age", second: 30 };
    println!("{:?}", p);
}
