use std::sync::RwLock;

struct Settings {
    volume: u8,
    theme: String,
}

// RwLock on one thread: read guards and write guards.
fn main() {
    let settings = RwLock::new(Settings { volume: 3, theme: "light".to_string() });

    {
        let s = settings.read().unwrap();
        println!("volume {} theme {}", s.volume, s.theme);
    }

    {
        let mut s = settings.write().unwrap();
        s.volume += 4;
        s.theme.push_str("-contrast");
    }

    let s = settings.read().unwrap();
    println!("volume {} theme {}", s.volume, s.theme);
    drop(s);

    let inner = settings.into_inner().unwrap();
    println!("final theme length: {}", inner.theme.len());
}
