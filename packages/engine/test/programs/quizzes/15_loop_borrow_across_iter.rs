fn main() {
    let mut v = vec![1, 2, 3];
    let mut last: &i32 = &0;
    for i in 0..3 {
        v.push(i);
        println!("last {}", last);
        last = &v[0];
    }
}
