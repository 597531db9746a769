fn main() {
    let mut v = vec![3, 1, 2];
    let flag = v.len() > 2;
    let r = &v[0];
    if flag {
        println!("first {}", r);
        v.push(10);
    } else {
        v.push(20);
    }
    println!("{:?}", v);
}
