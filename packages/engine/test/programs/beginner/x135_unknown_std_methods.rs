fn main() {
    let s = String::from("hi");
    println!("{}", s.length());
    let v = vec![1, 2];
    println!("{}", v.size());
    let r: &str = "x";
    println!("{}", r.lenght());
    let n = 5;
    println!("{}", n.lenght());
    let a = [1, 2, 3];
    println!("{}", a.length());
    let f = 2.0_f64;
    println!("{}", f.square());
    let sl = &v[..];
    println!("{}", sl.size());
}
