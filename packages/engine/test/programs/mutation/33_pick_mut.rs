fn pick<'a>(a: &'a mut i32, b: &'a mut i32, first: bool) -> &'a mut i32 {
    if first { a } else { b }
}

fn longer_mut<'a>(x: &'a mut String, y: &'a mut String) -> &'a mut String {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let mut home = 0;
    let mut away = 0;
    let goals = [true, false, true, true, false];
    for &home_scored in goals.iter() {
        let side = pick(&mut home, &mut away, home_scored);
        *side += 1;
    }
    println!("home {} - {} away", home, away);

    let mut s1 = String::from("short");
    let mut s2 = String::from("much longer");
    longer_mut(&mut s1, &mut s2).push_str("!!!");
    println!("{} / {}", s1, s2);
}
