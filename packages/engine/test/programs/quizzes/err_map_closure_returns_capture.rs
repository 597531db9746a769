fn main() {
    let mut v = vec![String::from("a")];
    let n: Vec<usize> = v.iter().map(|s| s.len()).collect();
    v.push(String::from("b"));
    let t = String::from("x");
    let w: Vec<&str> = v.iter().map(|_| t.as_str()).collect();
    drop(t);
    println!("{:?} {:?}", n, w);
}
