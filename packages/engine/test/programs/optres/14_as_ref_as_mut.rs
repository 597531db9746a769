#[derive(Debug)]
struct Profile {
    nickname: Option<String>,
}

fn nickname_len(p: &Profile) -> usize {
    p.nickname.as_ref().map(|s| s.len()).unwrap_or(0)
}

fn shout(p: &mut Profile) {
    if let Some(n) = p.nickname.as_mut() {
        n.make_ascii_uppercase();
        n.push('!');
    }
}

fn main() {
    let mut p = Profile { nickname: Some(String::from("rusty")) };
    println!("len = {}", nickname_len(&p));
    shout(&mut p);
    println!("{:?}", p);

    let as_str: Option<&str> = p.nickname.as_deref();
    println!("as_deref = {:?}", as_str);

    let mut q = Profile { nickname: None };
    shout(&mut q);
    println!("{:?} len={}", q, nickname_len(&q));
}
