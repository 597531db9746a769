fn main() {
    let mut s = String::from("Hello, Wörld");
    s.make_ascii_uppercase();
    println!("{}", s);
    s.make_ascii_lowercase();
    println!("{} {} {}", s, s.is_ascii(), "abc".is_ascii());
    let words = ["a", "b"];
    println!("{}", words.iter().all(|p| p.is_ascii()));
    println!("{} {}", b'a'.is_ascii(), 'é'.is_ascii());
    let v = vec![1, 2, 3];
    let found = v.iter().inspect(|x| println!("saw {}", x)).find(|&&x| x >= 2);
    println!("{:?}", found);
    let total: i32 = v.iter().map(|x| x * 2).inspect(|x| print!("{} ", x)).sum();
    println!("= {}", total);
}
