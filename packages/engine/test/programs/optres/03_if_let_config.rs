struct Config {
    name: String,
    max_users: Option<u32>,
    motd: Option<String>,
}

fn main() {
    let configs = vec![
        Config { name: "alpha".to_string(), max_users: Some(50), motd: None },
        Config { name: "beta".to_string(), max_users: None, motd: Some("Welcome!".to_string()) },
    ];

    for cfg in &configs {
        print!("[{}] ", cfg.name);
        if let Some(max) = cfg.max_users {
            print!("max users = {}; ", max);
        } else {
            print!("unlimited users; ");
        }
        if let Some(ref msg) = cfg.motd {
            println!("motd = {:?}", msg);
        } else {
            println!("no motd");
        }
    }
}
