fn main() {
    let name = String::from("b");
    let key: &str = &"ab"[1..];
    println!("{} {}", &name == key, key == &name);
    let s = String::from("xby");
    let k3 = &s[1..2];
    println!("{} {}", &name == k3, name == k3);
    let v = vec![2, 3];
    let w = vec![1, 2, 3];
    let sl: &[i32] = &w[1..];
    println!("{} {} {}", &v == sl, v == sl, v[..] == w[1..]);
    let words: Vec<&str> = "a b c".split(' ').collect();
    let strings = vec![String::from("b")];
    println!("{}", strings.iter().any(|x| x == words[1]));
    println!("{:?}", words.iter().position(|w| *w == &name));
}
