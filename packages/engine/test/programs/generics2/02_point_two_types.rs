// Two type parameters: x and y may have different types.
#[derive(Debug)]
struct Point<T, U> {
    x: T,
    y: U,
}

fn main() {
    let both_integer = Point { x: 5, y: 10 };
    let both_float = Point { x: 1.0, y: 4.0 };
    let integer_and_float = Point { x: 5, y: 4.0 };
    let label_and_number = Point { x: "origin", y: 0u8 };

    println!("{:?}", both_integer);
    println!("{:?}", both_float);
    println!("{:?}", integer_and_float);
    println!("{:?}", label_and_number);
    println!("x of last point: {}", label_and_number.x);
}
