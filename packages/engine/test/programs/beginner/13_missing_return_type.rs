fn square(n: i32) {
    n * n
}

fn main() {
    for i in 1..=5 {
        println!("{} squared is {}", i, square(i));
    }
}
