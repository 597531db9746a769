struct Settings {
    volume: u8,
    brightness: u8,
    language: String,
    notifications: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            volume: 50,
            brightness: 80,
            language: "en-GB".to_string(),
            notifications: true,
        }
    }
}

impl Settings {
    fn summary(&self) -> String {
        format!(
            "vol={} bright={} lang={} notify={}",
            self.volume, self.brightness, self.language, self.notifications
        )
    }
}

#[derive(Default)]
struct Profile {
    username: String,
    settings: Settings, // uses our manual Default
    logins: u32,
}

fn main() {
    let s = Settings::default();
    println!("{}", s.summary());

    let quiet = Settings { volume: 0, notifications: false, ..Settings::default() };
    println!("{}", quiet.summary());

    let mut p = Profile::default();
    p.username.push_str("guest");
    p.logins += 1;
    println!("{} ({} logins): {}", p.username, p.logins, p.settings.summary());

    let profiles: Vec<Profile> = (0..3).map(|_| Profile::default()).collect();
    println!("all volume 50? {}", profiles.iter().all(|p| p.settings.volume == 50));
}
