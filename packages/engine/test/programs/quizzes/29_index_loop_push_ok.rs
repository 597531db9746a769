fn main() {
    let mut v = vec![1, 2, 3];
    let n = v.len();
    for i in 0..n {
        let x = v[i];
        v.push(x * 2);
    }
    println!("{:?}", v);
}
