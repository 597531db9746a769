fn main() {
    let v: Vec<&str> = " a , b ".split(',').map(str::trim).collect();
    let w: Vec<String> = v.iter().map(|s| s.to_string()).collect();
    let u: Vec<usize> = w.iter().map(String::len).collect();
    let up: Vec<String> = v.iter().map(|s| s.to_uppercase()).collect();
    println!("{:?} {:?} {:?}", v, u, up);
}
