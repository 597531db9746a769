fn main() {
    let mut v = vec![100, 200, 300];
    let first = &v[0];
    v.push(400);
    println!("The first element is: {}", first);
}
