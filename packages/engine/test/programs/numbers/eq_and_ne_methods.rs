fn main() {
    let a = String::from("x");
    let b = String::from("x");
    println!("{} {}", a.eq(&b), 3.eq(&3));
    let v = vec![1];
    println!("{}", v.ne(&vec![2]));
}
