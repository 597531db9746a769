fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let s = v[0].clone();
    let t = std::mem::take(&mut v[1]);
    let u = v.remove(0);
    println!("{} {} {} {:?}", s, t, u, v);
}
