fn greet(name: String) -> String {
    format!("Hello, {}!", name)
}

fn shout(s: impl Into<String>) -> String {
    let mut owned: String = s.into();
    owned.push('!');
    owned.to_uppercase()
}

fn main() {
    let a: String = "alpha".to_owned();
    let b: String = "beta".to_string();
    let c: String = String::from("gamma");
    let d: String = "delta".into();
    println!("{} {} {} {}", a, b, c, d);

    println!("{}", greet("Ferris".to_string()));
    println!("{}", greet(a.clone()));
    println!("a is still here: {}", a);

    println!("{}", shout("quiet"));
    println!("{}", shout(b));

    let n = 42;
    let n_str = n.to_string();
    let pi_str = format!("{:.2}", 3.14159);
    println!("{} has {} digits; pi ~ {}", n_str, n_str.len(), pi_str);

    let c_as_str: &str = &c;
    let back: String = c_as_str.to_owned();
    println!("{} == {} : {}", c_as_str, back, c_as_str == back);
    let ch: String = 'x'.to_string();
    println!("char to string: {}", ch);
}
