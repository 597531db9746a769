#[derive(Debug)]
enum Widget {
    Counter(u32),
    Label(String),
    Toggle { on: bool, flips: u32 },
}

fn click_all(ws: &mut Vec<Widget>) {
    for w in ws.iter_mut() {
        match w {
            Widget::Counter(n) => *n += 1,
            Widget::Label(text) => text.push('!'),
            Widget::Toggle { on, flips } => {
                *on = !*on;
                *flips += 1;
            }
        }
    }
}

fn main() {
    let mut ui = vec![
        Widget::Counter(0),
        Widget::Label(String::from("Save")),
        Widget::Toggle { on: false, flips: 0 },
    ];
    for _ in 0..3 {
        click_all(&mut ui);
    }
    for w in &ui {
        println!("{:?}", w);
    }
    // reset only the counters
    for w in &mut ui {
        if let Widget::Counter(n) = w {
            *n = 0;
        }
    }
    let on_count = ui.iter().filter(|w| matches!(w, Widget::Toggle { on: true, .. })).count();
    println!("after reset: {:?}", ui[0]);
    println!("toggles on: {}", on_count);
    if let Some(Widget::Label(l)) = ui.get_mut(1) {
        l.clear();
        l.push_str("Saved");
    }
    println!("{:?}", ui[1]);
}
