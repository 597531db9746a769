struct Player {
    now_playing: Option<String>,
    volume: u8,
}

impl Player {
    fn status(&self) -> String {
        let track = self.now_playing.unwrap_or(String::from("(silence)"));
        format!("{} @ vol {}", track, self.volume)
    }
}

fn main() {
    let p = Player {
        now_playing: Some(String::from("Blue in Green")),
        volume: 7,
    };
    println!("{}", p.status());
    println!("{}", p.status());
}
