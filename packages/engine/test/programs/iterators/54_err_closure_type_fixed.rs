fn main() {
    let example_closure = |x| x;

    let s = example_closure(String::from("hello"));
    println!("{}", s);

    let n = example_closure(5);
    println!("{}", n);
}
