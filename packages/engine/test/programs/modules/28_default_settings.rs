mod settings {
    #[derive(Debug)]
    pub struct Settings {
        pub volume: u8,
        pub brightness: u8,
        pub language: String,
        pub dark_mode: bool,
    }

    impl Default for Settings {
        fn default() -> Self {
            Settings {
                volume: 50,
                brightness: 80,
                language: String::from("en"),
                dark_mode: false,
            }
        }
    }
}

use settings::Settings;

fn main() {
    let defaults = Settings::default();
    println!("{:?}", defaults);

    let custom = Settings {
        dark_mode: true,
        language: String::from("de"),
        ..Default::default()
    };
    println!("{:?}", custom);
    println!("volume differs? {}", defaults.volume != custom.volume);
}
