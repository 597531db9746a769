// Working with Option without unwrap.
#[derive(Debug)]
struct User {
    name: String,
    nickname: Option<String>,
    age: Option<u32>,
}

fn find<'a>(users: &'a [User], name: &str) -> Option<&'a User> {
    users.iter().find(|u| u.name == name)
}

fn main() {
    let users = vec![
        User { name: "ann".into(), nickname: Some("annie".into()), age: Some(31) },
        User { name: "bo".into(), nickname: None, age: Some(17) },
        User { name: "cy".into(), nickname: None, age: None },
    ];

    for n in ["ann", "bo", "cy", "dee"] {
        let display = find(&users, n)
            .map(|u| u.nickname.clone().unwrap_or_else(|| u.name.to_uppercase()))
            .unwrap_or(String::from("<nobody>"));
        println!("{} -> {}", n, display);
    }

    let adult_age = find(&users, "ann").and_then(|u| u.age).filter(|&a| a >= 18);
    println!("ann adult age: {:?}", adult_age);
    let bo_adult = find(&users, "bo").and_then(|u| u.age).filter(|&a| a >= 18);
    println!("bo adult age: {:?}", bo_adult);

    let total_age: u32 = users.iter().filter_map(|u| u.age).sum();
    println!("sum of known ages: {}", total_age);

    let nick_len = find(&users, "ann").and_then(|u| u.nickname.as_ref()).map(|s| s.len());
    println!("nick len: {:?}", nick_len);

    let r: Result<u32, &str> = find(&users, "cy").and_then(|u| u.age).ok_or("age unknown");
    println!("cy age: {:?}", r);
    let mut maybe = Some(3);
    if let Some(x) = maybe.as_mut() {
        *x += 1;
    }
    println!("maybe = {:?}", maybe);
    let taken = maybe.take();
    println!("taken = {:?}, after = {:?}", taken, maybe);
    println!("xor: {:?}, or: {:?}", Some(1).xor(None::<i32>), None.or(Some(9)));
}
