fn describe(pair: (i32, i32)) -> String {
    match pair {
        (x, x) => format!("both are {}", x),
        (x, y) => format!("{} and {} differ", x, y),
    }
}

fn main() {
    println!("{}", describe((3, 3)));
    println!("{}", describe((1, 2)));
}
