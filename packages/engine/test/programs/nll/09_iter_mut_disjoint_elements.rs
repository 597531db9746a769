// iter_mut yields one `&mut` per element; each is disjoint from the rest.
#[derive(Debug)]
struct Player {
    name: &'static str,
    hp: i32,
}

fn main() {
    let mut party = vec![
        Player { name: "Ada", hp: 30 },
        Player { name: "Bo", hp: 12 },
        Player { name: "Cy", hp: 45 },
    ];

    let mut refs: Vec<&mut Player> = party.iter_mut().collect();
    refs.sort_by_key(|p| p.hp);
    refs[0].hp += 20; // heal the weakest
    let last = refs.len() - 1;
    refs[last].hp -= 5;

    for p in &party {
        println!("{} has {} hp", p.name, p.hp);
    }

    for (i, p) in party.iter_mut().enumerate() {
        p.hp += i as i32;
    }
    println!("{:?}", party);
}
