// Finding the slot with the lowest load and updating it:
// the mutable borrow is taken once the index is known.
struct Server {
    name: &'static str,
    load: u32,
}

fn assign(servers: &mut Vec<Server>, job: u32) -> &'static str {
    let mut best = 0;
    for (i, s) in servers.iter().enumerate() {
        if s.load < servers[best].load {
            best = i;
        }
    }
    let chosen = &mut servers[best];
    chosen.load += job;
    chosen.name
}

fn main() {
    let mut servers = vec![
        Server { name: "alpha", load: 3 },
        Server { name: "beta", load: 1 },
        Server { name: "gamma", load: 2 },
    ];
    for job in [4, 1, 2, 5, 1] {
        let name = assign(&mut servers, job);
        println!("job {} -> {}", job, name);
    }
    for s in &servers {
        println!("{}: {}", s.name, s.load);
    }
}
