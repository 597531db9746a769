fn main() {
    let operations = vec![
        |x: i32| x + 1,
        |x: i32| x * 2,
        |x: i32| x - 3,
    ];

    let mut value = 10;
    for op in operations.iter() {
        value = op(value);
    }
    println!("{}", value);
}
