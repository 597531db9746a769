// A menu system where a submenu remembers its parent in a Box
#[derive(Debug)]
enum Screen {
    Home,
    Menu { title: String, parent: Box<Screen> },
}

impl Screen {
    fn open(self, title: &str) -> Screen {
        Screen::Menu { title: title.to_string(), parent: Box::new(self) }
    }

    fn back(self) -> Screen {
        match self {
            Screen::Home => Screen::Home,
            Screen::Menu { parent, .. } => *parent,
        }
    }

    fn depth(&self) -> usize {
        match self {
            Screen::Home => 0,
            Screen::Menu { parent, .. } => 1 + parent.depth(),
        }
    }

    fn path(&self) -> String {
        match self {
            Screen::Home => String::from("home"),
            Screen::Menu { title, parent } => format!("{} > {}", parent.path(), title),
        }
    }
}

fn main() {
    let s = Screen::Home;
    let s = s.open("settings");
    let s = s.open("display");
    let s = s.open("brightness");
    println!("{} (depth {})", s.path(), s.depth());
    let s = s.back();
    println!("{} (depth {})", s.path(), s.depth());
    let s = s.back().back().back();
    println!("{} (depth {})", s.path(), s.depth());
    let s = s.open("about");
    println!("{:?}", s);
}
