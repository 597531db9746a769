fn main() {
    let mut v = vec![1, 2, 3];
    let mut total = 0;
    for i in 0..3 {
        let r = &v[i];
        total += *r;
        v.push(total);
    }
    println!("{} {:?}", total, v);
}
