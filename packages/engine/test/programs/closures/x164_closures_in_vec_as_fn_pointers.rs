fn main() {
    let ops = vec![|x: i32| x + 1, |x: i32| x * 2];
    println!("{}", ops[1](ops[0](3)));
}
