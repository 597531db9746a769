fn main() {
    let mut v = vec![5i32, 6, 7];
    v.push(v[0]);
    v.push(v[1] + v[2]);
    println!("{:?}", v);
}
