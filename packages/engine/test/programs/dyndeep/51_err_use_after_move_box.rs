trait Sound {
    fn play(&self) -> String;
}

struct Bell;

impl Sound for Bell {
    fn play(&self) -> String { String::from("ding") }
}

fn store(list: &mut Vec<Box<dyn Sound>>, s: Box<dyn Sound>) {
    list.push(s);
}

fn main() {
    let mut playlist: Vec<Box<dyn Sound>> = Vec::new();
    let bell: Box<dyn Sound> = Box::new(Bell);
    store(&mut playlist, bell);
    println!("{}", bell.play());
    println!("{}", playlist.len());
}
