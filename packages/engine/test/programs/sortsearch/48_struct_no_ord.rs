// Mistake: sorting structs that do not implement Ord.
#[derive(Debug)]
struct Planet {
    name: &'static str,
    moons: u32,
}

fn main() {
    let mut planets = vec![
        Planet { name: "Mars", moons: 2 },
        Planet { name: "Earth", moons: 1 },
        Planet { name: "Venus", moons: 0 },
    ];
    planets.sort();
    println!("{:?}", planets);
}
